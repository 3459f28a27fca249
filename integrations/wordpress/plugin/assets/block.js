/* The "TIP figure" block's editor script: plain JavaScript against the wp.* globals (no build step).
 * Its controls come from window.tipWidgetsEditor, generated from custom-elements.json and the
 * dataset (includes/data.php). It saves <tip-…> with the chosen attributes and a fallback paragraph:
 * the same markup as a pasted snippet, which kses lets authors and contributors keep. */
(function (wp, data) {
  'use strict';
  if (!wp || !wp.blocks || !data || !data.widgets) return;
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var c = wp.components;
  var tags = Object.keys(data.widgets);

  /** Only an object's own properties: a saved block comment is the writer's text, and
   *  {"widget":"constructor"} or a "__proto__" key must not read through Object.prototype. */
  function own(object, key) {
    return object !== null && typeof object === 'object' && typeof key === 'string' && Object.prototype.hasOwnProperty.call(object, key);
  }

  /** The widget's description, or undefined when `widget` is not one of ours. */
  function info(widget) {
    return own(data.widgets, widget) ? data.widgets[widget] : undefined;
  }

  /** The src rule of the server (includes/src.php): an absolute http(s) address, after trimming. */
  function absoluteHttp(value) {
    // eslint-disable-next-line no-control-regex -- control characters are what it refuses
    var v = String(value).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
    // eslint-disable-next-line no-control-regex -- as above
    if (!/^https?:\/\/[^/?#@:]/i.test(v) || /[\u0000-\u0020\u007f\\]/.test(v)) return undefined;
    try {
      return new URL(v).host ? v : undefined;
    } catch {
      return undefined;
    }
  }

  /** The attributes of `widget` that the block offers (src only where the site allows it). */
  function offered(widget) {
    var described = info(widget);
    return described ? described.attributes.filter(function (a) { return a.kind !== 'url' || data.allowSrc; }) : [];
  }

  /** Only known attributes with allowed values, as the server checks them; booleans as true. */
  function clean(widget, values) {
    var out = {};
    offered(widget).forEach(function (a) {
      var v = own(values, a.name) ? values[a.name] : undefined;
      if (v === undefined || v === null || v === '' || v === false || typeof v === 'object' || typeof v === 'function') return;
      if (a.kind === 'boolean') out[a.name] = true;
      else if (a.kind === 'enum' && a.values.indexOf(String(v)) < 0) return;
      else out[a.name] = String(v);
    });
    return out;
  }

  /** What the tag gets from cleaned values: a src only as an absolute http(s) address. A half-typed
   *  one stays in the block's attributes, so its field can be typed into, but is never on the tag. */
  function forTag(widget, values) {
    var out = {};
    offered(widget).forEach(function (a) {
      if (!own(values, a.name)) return;
      if (a.kind !== 'url') out[a.name] = values[a.name];
      else if (absoluteHttp(values[a.name])) out[a.name] = absoluteHttp(values[a.name]);
    });
    return out;
  }

  function defaultFallback(widget, values) {
    var described = info(widget);
    if (!described) return '';
    if (widget === 'tip-stat-card') {
      var metric = (own(values, 'metric') && values.metric) || described.defaultMetric;
      if (own(described.fallbacks, metric)) return described.fallbacks[metric];
    }
    return described.fallback;
  }

  /** Props for the tag: a boolean attribute is written with an empty value. */
  function tagProps(values) {
    var props = {};
    Object.keys(values).forEach(function (name) { props[name] = values[name] === true ? '' : values[name]; });
    return props;
  }

  function control(widget, a, values, set) {
    var value = values[a.name];
    var help = a.description || undefined;
    if (a.kind === 'boolean') {
      return el(c.ToggleControl, { key: a.name, label: a.name, help: help, checked: value === true, onChange: function (on) { set(a.name, on ? true : undefined); } });
    }
    // A metric of another dataset (src, where the site allows it) is typed; the bundled ones are picked.
    if (a.kind === 'enum' || (a.kind === 'metric' && !(data.allowSrc && values.src))) {
      var labels = a.kind === 'metric' ? data.metrics : null;
      var options = [{ label: __('(default)', 'tip-widgets'), value: '' }].concat(a.values.map(function (v) {
        return { label: own(labels, v) ? labels[v] + ' (' + v + ')' : v, value: v };
      }));
      return el(c.SelectControl, { key: a.name, label: a.name, help: help, value: value || '', options: options, onChange: function (v) { set(a.name, v || undefined); } });
    }
    return el(c.TextControl, { key: a.name, label: a.name, help: help, value: value || '', onChange: function (v) { set(a.name, v || undefined); } });
  }

  wp.blocks.registerBlockType('tip-widgets/figure', {
    apiVersion: 2,
    title: __('TIP figure', 'tip-widgets'),
    description: __('A figure from the 2025 Trafficking in Persons Report: Serbia, with the report\'s own sentence.', 'tip-widgets'),
    category: 'embed',
    icon: 'chart-bar',
    keywords: ['trafficking', 'serbia', 'tip', 'statistic'],
    attributes: {
      widget: { type: 'string', default: 'tip-stat-card' },
      attributes: { type: 'object', default: {} },
      fallback: { type: 'string', default: '' },
    },
    supports: { html: false },
    edit: function (props) {
      var widget = info(props.attributes.widget) ? props.attributes.widget : tags[0];
      var values = clean(widget, props.attributes.attributes);
      var fallback = typeof props.attributes.fallback === 'string' ? props.attributes.fallback : '';
      function set(name, value) {
        var next = Object.assign({}, values);
        if (value === undefined) delete next[name]; else next[name] = value;
        next = clean(widget, next);
        // A fallback the writer has not changed follows the figure.
        var update = { attributes: next };
        if (!fallback || fallback === defaultFallback(widget, values)) update.fallback = defaultFallback(widget, next);
        props.setAttributes(update);
      }
      function setWidget(tag) {
        props.setAttributes({ widget: tag, attributes: {}, fallback: defaultFallback(tag, {}) });
      }
      // Store the fallback once, so the saved markup does not depend on a later version's data.
      wp.element.useEffect(function () {
        if (typeof props.attributes.fallback !== 'string' || !props.attributes.fallback) props.setAttributes({ fallback: defaultFallback(widget, values) });
      }, []);
      if (!fallback) fallback = defaultFallback(widget, values);
      return el('div', useBlockProps(),
        el(InspectorControls, null,
          el(c.PanelBody, { title: __('Widget', 'tip-widgets') },
            el(c.SelectControl, {
              label: __('Widget', 'tip-widgets'),
              value: widget,
              options: tags.map(function (t) { return { label: info(t).label, value: t }; }),
              onChange: setWidget,
            }),
            offered(widget).map(function (a) { return control(widget, a, values, set); }),
            el(c.TextareaControl, {
              label: __('Fallback text (shown without JavaScript)', 'tip-widgets'),
              value: fallback,
              onChange: function (v) { props.setAttributes({ fallback: v }); },
            })
          )
        ),
        // The real widget: the editor loads the same module as the front end.
        el(widget, Object.assign({ key: widget }, tagProps(forTag(widget, values))), el('p', null, fallback))
      );
    },
    save: function (props) {
      var widget = info(props.attributes.widget) ? props.attributes.widget : tags[0];
      var values = clean(widget, props.attributes.attributes);
      var fallback = (typeof props.attributes.fallback === 'string' && props.attributes.fallback) || defaultFallback(widget, values);
      return el('div', wp.blockEditor.useBlockProps.save(), el(widget, tagProps(forTag(widget, values)), el('p', null, fallback)));
    },
  });
})(window.wp, window.tipWidgetsEditor);
