<?php
/**
 * Writes a widget tag for the shortcodes and the Serbian-script setting.
 *
 * @package TipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * A widget tag with checked attributes and its fallback paragraph.
 *
 * Attributes are checked as the element checks them (tip_widgets_clean_value); a value that is
 * dropped leaves the widget's default, as an unknown attribute would. The fallback is a paragraph
 * (or, for the inline compact badge, a span), so it still reads as text in the column when the
 * script never runs or the plugin is switched off.
 *
 * @param string $tag      A known tag.
 * @param array  $values   Attribute name => value.
 * @param string $fallback Text shown without JavaScript; the generated sentence when empty.
 * @return string HTML.
 */
function tip_widgets_tag( $tag, $values, $fallback = '' ) {
	$attributes = tip_widgets_attributes( $tag );
	if ( null === $attributes ) {
		return '';
	}
	$html = '<' . $tag;
	foreach ( $attributes as $name => $attribute ) {
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$value = tip_widgets_clean_value( $attribute, $values[ $name ] );
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( null !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$text = trim( wp_strip_all_tags( (string) $fallback ) );
	if ( '' === $text ) {
		$text = tip_widgets_fallback( $tag, isset( $values['metric'] ) && is_string( $values['metric'] ) ? $values['metric'] : '' );
	}
	$inline = 'tip-tier-badge' === $tag && isset( $values['variant'] ) && 'compact' === $values['variant'];
	$wrap   = $inline ? 'span' : 'p';
	return $html . '><' . $wrap . '>' . esc_html( $text ) . '</' . $wrap . '></' . $tag . '>';
}

/**
 * The generated fallback sentence of a tag (a stat card's depends on its metric).
 *
 * @param string $tag    A known tag.
 * @param string $metric A metric id, for tip-stat-card.
 * @return string
 */
function tip_widgets_fallback( $tag, $metric = '' ) {
	$widget = tip_widgets_data()['widgets'][ $tag ];
	if ( 'tip-stat-card' === $tag ) {
		$metric = '' === $metric ? $widget['defaultMetric'] : $metric;
		if ( isset( $widget['fallbacks'][ $metric ] ) ) {
			return $widget['fallbacks'][ $metric ];
		}
	}
	return $widget['fallback'];
}

/**
 * On a Serbian-language site set to Latin script, widgets without their own locale get
 * locale="sr-Latn". (Serbian without a script is Cyrillic, and WordPress writes sr_RS as lang="sr-RS".)
 *
 * @param mixed $content Rendered content.
 * @return mixed
 */
function tip_widgets_serbian_script( $content ) {
	if ( ! is_string( $content ) || 'latin' !== tip_widgets_option( 'serbian_script' ) || 0 !== strpos( determine_locale(), 'sr' ) || false === stripos( $content, '<tip-' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'/<(tip-[a-z-]+)(\s[^>]*)?>/i',
		function ( $match ) {
			$attributes = isset( $match[2] ) ? $match[2] : '';
			if ( preg_match( '/\slocale\s*=/i', $attributes ) ) {
				return $match[0];
			}
			return '<' . $match[1] . ' locale="sr-Latn"' . $attributes . '>';
		},
		$content
	);
}
add_filter( 'the_content', 'tip_widgets_serbian_script', 99 );
add_filter( 'widget_block_content', 'tip_widgets_serbian_script', 99 );
