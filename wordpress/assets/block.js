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

  /** The attributes of `widget` that the block offers (src only where the site allows it). */
  function offered(widget) {
    var info = data.widgets[widget];
    return info ? info.attributes.filter(function (a) { return a.kind !== 'url' || data.allowSrc; }) : [];
  }

  /** Only known attributes with allowed values, as the server checks them; booleans as true. */
  function clean(widget, values) {
    var out = {};
    offered(widget).forEach(function (a) {
      var v = values && values[a.name];
      if (v === undefined || v === null || v === '' || v === false) return;
      if (a.kind === 'boolean') out[a.name] = true;
      else if (a.kind === 'enum' && a.values.indexOf(String(v)) < 0) return;
      else out[a.name] = String(v);
    });
    return out;
  }

  function defaultFallback(widget, values) {
    var info = data.widgets[widget];
    if (!info) return '';
    if (widget === 'tip-stat-card') {
      var metric = (values && values.metric) || info.defaultMetric;
      if (info.fallbacks && info.fallbacks[metric]) return info.fallbacks[metric];
    }
    return info.fallback;
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
        return { label: labels && labels[v] ? labels[v] + ' (' + v + ')' : v, value: v };
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
      var widget = data.widgets[props.attributes.widget] ? props.attributes.widget : tags[0];
      var values = clean(widget, props.attributes.attributes);
      var fallback = props.attributes.fallback;
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
        if (!props.attributes.fallback) props.setAttributes({ fallback: defaultFallback(widget, values) });
      }, []);
      if (!fallback) fallback = defaultFallback(widget, values);
      return el('div', useBlockProps(),
        el(InspectorControls, null,
          el(c.PanelBody, { title: __('Widget', 'tip-widgets') },
            el(c.SelectControl, {
              label: __('Widget', 'tip-widgets'),
              value: widget,
              options: tags.map(function (t) { return { label: data.widgets[t].label, value: t }; }),
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
        el(widget, Object.assign({ key: widget }, tagProps(values)), el('p', null, fallback))
      );
    },
    save: function (props) {
      var widget = data.widgets[props.attributes.widget] ? props.attributes.widget : tags[0];
      var values = clean(widget, props.attributes.attributes);
      var fallback = props.attributes.fallback || defaultFallback(widget, values);
      return el('div', wp.blockEditor.useBlockProps.save(), el(widget, tagProps(values), el('p', null, fallback)));
    },
  });
})(window.wp, window.tipWidgetsEditor);
