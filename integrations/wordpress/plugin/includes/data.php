<?php
/**
 * The widgets' tags, attributes, allowed values, metric ids and fallback sentences.
 *
 * generated/widgets.json is written by `npm run build` (integrations/wordpress/build.mjs) from
 * custom-elements.json and the bundled dataset, so the allow-list, the shortcodes and the block's
 * controls can never drift from the elements they describe.
 *
 * @package TipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The generated description of every widget, read once per request.
 *
 * @return array{version: string, widgets: array, metrics: array}
 */
function tip_widgets_data() {
	static $data = null;
	if ( null === $data ) {
		$json = file_get_contents( TIP_WIDGETS_DIR . '/generated/widgets.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
		$data = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $data ) || empty( $data['widgets'] ) ) {
			$data = array(
				'version' => TIP_WIDGETS_VERSION,
				'widgets' => array(),
				'metrics' => array(),
			);
		}
	}
	return $data;
}

/**
 * The attribute descriptions of one tag, keyed by attribute name, or null for an unknown tag.
 *
 * @param string $tag A tag such as tip-stat-card.
 * @return array|null
 */
function tip_widgets_attributes( $tag ) {
	static $by_tag = null;
	if ( null === $by_tag ) {
		$by_tag = array();
		foreach ( tip_widgets_data()['widgets'] as $name => $widget ) {
			$by_tag[ $name ] = array_column( $widget['attributes'], null, 'name' );
		}
	}
	return isset( $by_tag[ $tag ] ) ? $by_tag[ $tag ] : null;
}

/**
 * Whether authors may point a widget at another dataset with `src` (a site option, off by default).
 *
 * @return bool
 */
function tip_widgets_allow_src() {
	return (bool) tip_widgets_option( 'allow_src' );
}

/**
 * Checks one attribute value the way the element itself would accept it.
 *
 * Returns the value to write (a string, or true for a boolean attribute that is on), or null when
 * the value must be dropped: an unknown value of an enumerated attribute is never stored or printed.
 *
 * @param array       $attribute One entry of tip_widgets_attributes().
 * @param mixed       $value     The value given (shortcode attribute, block attribute).
 * @return string|true|null
 */
function tip_widgets_clean_value( $attribute, $value ) {
	if ( is_bool( $value ) ) {
		return 'boolean' === $attribute['kind'] && $value ? true : null;
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	switch ( $attribute['kind'] ) {
		case 'boolean':
			return in_array( strtolower( $value ), array( '', '1', 'true', 'yes', 'on' ), true ) ? true : null;
		case 'enum':
			return in_array( $value, $attribute['values'], true ) ? $value : null;
		case 'url':
			// The rule of includes/src.php: the site allows it, and an absolute http(s) address.
			if ( ! tip_widgets_src_allowed( $value ) ) {
				return null;
			}
			$url = esc_url_raw( tip_widgets_absolute_http( $value ), array( 'http', 'https' ) );
			return '' === $url ? null : $url;
		default:
			// Text, and metric ids: an unknown id is kept, so the widget says the metric is unknown
			// rather than silently showing its default figure under the writer's text.
			return '' === $value || strlen( $value ) > 200 ? null : sanitize_text_field( $value );
	}
}
