<?php
/**
 * Lets users without unfiltered_html (authors, contributors, everyone on a multisite network but
 * super admins, and everyone where DISALLOW_UNFILTERED_HTML is set) keep <tip-…> tags in posts.
 *
 * Without this, kses removes every tag it does not know when such a user saves a post, and the
 * widgets become bare fallback text. Each tag gets exactly its own attributes, from the generated
 * manifest, plus WordPress's global ones (class, id, lang, dir, title, style, role, data-*, aria-*).
 * Enumerated attributes carry their allowed values, so kses drops an unknown value (theme="purple",
 * theme="javascript:…") instead of storing it. Other values (a metric id, a number) are kept as
 * escaped text, and the widget itself says when it does not know them. `src` is allowed only when
 * the site option says so, and includes/src.php then keeps only an absolute http(s) address (kses
 * alone would keep relative addresses and any scheme it knows).
 * <script> stays forbidden: the plugin loads the widgets' script itself.
 *
 * @package TipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The kses specification of every widget tag.
 *
 * @return array
 */
function tip_widgets_kses_tags() {
	// wp_kses_allowed_html runs for every piece of text kses filters (each field of each post or
	// comment): build the list once per request and per setting.
	static $cache = array();
	$allow_src = tip_widgets_allow_src();
	if ( isset( $cache[ $allow_src ] ) ) {
		return $cache[ $allow_src ];
	}
	$tags = array();
	foreach ( tip_widgets_data()['widgets'] as $tag => $widget ) {
		$spec = array();
		foreach ( $widget['attributes'] as $attribute ) {
			if ( 'url' === $attribute['kind'] && ! $allow_src ) {
				continue;
			}
			$rule = true;
			if ( 'enum' === $attribute['kind'] ) {
				$rule = array( 'values' => $attribute['values'] );
			}
			$spec[ strtolower( $attribute['name'] ) ] = $rule;
		}
		$tags[ $tag ] = _wp_add_global_attributes( $spec );
	}
	$cache[ $allow_src ] = $tags;
	return $tags;
}

add_filter(
	'wp_kses_allowed_html',
	function ( $allowed, $context ) {
		if ( 'post' !== $context || ! is_array( $allowed ) ) {
			return $allowed;
		}
		return array_merge( $allowed, tip_widgets_kses_tags() );
	},
	10,
	2
);
