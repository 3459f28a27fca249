<?php
/**
 * Loads the widgets' module script and stylesheet, only on pages that show a widget.
 *
 * A page "shows a widget" when a post it renders contains a <tip-…> tag, a [tip_…] shortcode or a
 * "TIP figure" block. The queried posts are looked at before the <head> is printed, so the
 * stylesheet (which reserves each widget's height) is in the head; the_content is looked at too,
 * for widgets in places the query does not show (a reusable block, a sidebar).
 *
 * @package TipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The folder the widget files are loaded from, with a trailing slash.
 *
 * The files are loaded by their plain address, never with a ?ver= query: the lazy chunks import
 * tip-widgets.js back by its address, and a different one would make the browser run a second copy.
 * The version is in the folder instead (the plugin's own copy changes with the plugin).
 *
 * @return string
 */
function tip_widgets_base_url() {
	if ( 'jsdelivr' === tip_widgets_option( 'source' ) ) {
		return 'https://cdn.jsdelivr.net/npm/tip-widgets@' . rawurlencode( TIP_WIDGETS_VERSION ) . '/dist/cdn/';
	}
	return plugins_url( 'cdn/', TIP_WIDGETS_FILE );
}

/**
 * Whether a piece of post content holds a widget in any of its three forms.
 *
 * @param mixed $content Post content.
 * @return bool
 */
function tip_widgets_has_widget( $content ) {
	return is_string( $content )
		&& ( false !== stripos( $content, '<tip-' ) || false !== strpos( $content, '[tip_' ) || false !== strpos( $content, '<!-- wp:tip-widgets/' ) );
}

/**
 * Enqueues the module and the stylesheet, once.
 *
 * WordPress 6.5 and later have script modules (wp_enqueue_script_module); 6.1 to 6.4 do not, so
 * there the script is enqueued as a classic one and printed as type="module" by the filter below.
 */
function tip_widgets_enqueue() {
	static $done = false;
	if ( $done ) {
		return;
	}
	$done = true;
	$base = tip_widgets_base_url();
	wp_enqueue_style( 'tip-widgets', $base . 'tip-widgets.css', array(), null ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- the version is in the path; see tip_widgets_base_url().
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'tip-widgets', $base . 'tip-widgets.js', array(), null );
	} else {
		wp_enqueue_script( 'tip-widgets', $base . 'tip-widgets.js', array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- as above.
	}
}

/**
 * Prints our classic-enqueued script as a module (WordPress before 6.5).
 *
 * @param string $tag    The <script> tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    Its address.
 * @return string
 */
function tip_widgets_module_tag( $tag, $handle, $src ) {
	if ( 'tip-widgets' !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="tip-widgets-js"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'tip_widgets_module_tag', 10, 3 );

add_action(
	'wp_enqueue_scripts',
	function () {
		global $wp_query;
		if ( ! $wp_query instanceof WP_Query || empty( $wp_query->posts ) ) {
			return;
		}
		foreach ( $wp_query->posts as $post ) {
			if ( $post instanceof WP_Post && tip_widgets_has_widget( $post->post_content ) ) {
				tip_widgets_enqueue();
				return;
			}
		}
	}
);

/**
 * Rendered content that holds a widget (after blocks and shortcodes have run) loads the files.
 *
 * @param mixed $content Rendered content.
 * @return mixed
 */
function tip_widgets_enqueue_for_content( $content ) {
	if ( ! is_admin() && tip_widgets_has_widget( $content ) ) {
		tip_widgets_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'tip_widgets_enqueue_for_content', 100 );
add_filter( 'widget_block_content', 'tip_widgets_enqueue_for_content', 100 );
add_filter( 'widget_text_content', 'tip_widgets_enqueue_for_content', 100 );
