<?php
/**
 * [tip_tier_badge], [tip_stat_card metric="convictions"], [tip_yoy_chart], [tip_recommendation_list],
 * [tip_hotline_callout]: one shortcode per widget, for the classic editor and page builders.
 *
 * Attribute names are the tags' own (show-breakdown, heading-level); show_breakdown works too, since
 * some editors do not allow a hyphen. A boolean attribute is on when written alone
 * ([tip_tier_badge show-history]) or as ="1", "true", "yes" or "on". Text between an opening and a
 * closing shortcode is the fallback text. Write a widget's shortcode on a line of its own.
 *
 * @package TipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Renders one widget shortcode.
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string|null  $content Text between the opening and closing shortcode.
 * @param string       $name    The shortcode's name, such as tip_stat_card.
 * @return string
 */
function tip_widgets_shortcode( $atts, $content, $name ) {
	$tag        = str_replace( '_', '-', $name );
	$attributes = tip_widgets_attributes( $tag );
	if ( null === $attributes ) {
		return '';
	}
	$values = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A word alone: a boolean attribute switched on.
			$flag = str_replace( '_', '-', strtolower( (string) $value ) );
			if ( isset( $attributes[ $flag ] ) && 'boolean' === $attributes[ $flag ]['kind'] ) {
				$values[ $flag ] = true;
			}
			continue;
		}
		$values[ str_replace( '_', '-', strtolower( $key ) ) ] = $value;
	}
	return tip_widgets_tag( $tag, $values, is_string( $content ) ? $content : '' );
}

add_action(
	'init',
	function () {
		foreach ( array_keys( tip_widgets_data()['widgets'] ) as $tag ) {
			add_shortcode( str_replace( '-', '_', $tag ), 'tip_widgets_shortcode' );
		}
	}
);
