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
 * The Subresource Integrity hashes of the files the jsDelivr setting loads: the loader, the
 * stylesheet and every chunk the loader may import (generated/integrity.json, copied by the build
 * from dist/cdn/integrity.json). Only well-formed entries are kept, so each can be printed as is.
 *
 * @return array File path relative to dist/cdn/ => "sha384-…".
 */
function tip_widgets_integrity() {
	static $hashes = null;
	if ( null === $hashes ) {
		$hashes = array();
		$file   = TIP_WIDGETS_DIR . '/generated/integrity.json';
		$json   = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
		$data   = is_string( $json ) ? json_decode( $json, true ) : null;
		foreach ( is_array( $data ) ? $data : array() as $path => $hash ) {
			if ( is_string( $path ) && is_string( $hash ) && preg_match( '#^[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)?$#', $path ) && preg_match( '#^sha384-[A-Za-z0-9+/]+={0,2}$#', $hash ) ) {
				$hashes[ $path ] = $hash;
			}
		}
	}
	return $hashes;
}

/**
 * Whether the files come from jsDelivr: the setting is on and the hashes of the loader and the
 * stylesheet are there. Without them the site's own copy is used: never a third party's file unchecked.
 *
 * @return bool
 */
function tip_widgets_from_cdn() {
	if ( 'jsdelivr' !== tip_widgets_option( 'source' ) ) {
		return false;
	}
	$hashes = tip_widgets_integrity();
	return isset( $hashes['tip-widgets.js'], $hashes['tip-widgets.css'] );
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
	if ( tip_widgets_from_cdn() ) {
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
 * From jsDelivr, the classic path is used on every version: the filter below prints the script
 * with its integrity and the import map that carries the chunks' hashes (script modules have no
 * integrity attribute).
 */
function tip_widgets_enqueue() {
	static $done = false;
	if ( $done ) {
		return;
	}
	$done = true;
	$base = tip_widgets_base_url();
	wp_enqueue_style( 'tip-widgets', $base . 'tip-widgets.css', array(), null ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- the version is in the path; see tip_widgets_base_url().
	if ( function_exists( 'wp_enqueue_script_module' ) && ! tip_widgets_from_cdn() ) {
		wp_enqueue_script_module( 'tip-widgets', $base . 'tip-widgets.js', array(), null );
	} else {
		wp_enqueue_script( 'tip-widgets', $base . 'tip-widgets.js', array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- as above.
	}
}

/**
 * Prints our classic-enqueued script as a module (WordPress before 6.5, and from jsDelivr).
 *
 * From jsDelivr the module carries its integrity and crossorigin="anonymous", and an import map
 * before it lists the hash of every chunk, so the chunks the loader imports later are checked
 * too: browsers that support "integrity" in import maps (Chromium 127 and later) refuse a chunk
 * whose bytes differ. A browser without that support checks the loader and the stylesheet only.
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
	if ( ! tip_widgets_from_cdn() ) {
		return '<script type="module" src="' . esc_url( $src ) . '" id="tip-widgets-js"></script>' . "\n";
	}
	$hashes = tip_widgets_integrity();
	$base   = tip_widgets_base_url();
	$map    = array();
	foreach ( $hashes as $path => $hash ) {
		if ( '.js' === substr( $path, -3 ) ) {
			$map[ $base . $path ] = $hash;
		}
	}
	// Every key and value was checked in tip_widgets_integrity(): no "<", so unescaped slashes are safe.
	$json = wp_json_encode( array( 'integrity' => $map ), JSON_UNESCAPED_SLASHES );
	return '<script type="importmap" id="tip-widgets-importmap">' . $json . '</script>' . "\n"
		. '<script type="module" src="' . esc_url( $src ) . '" integrity="' . esc_attr( $hashes['tip-widgets.js'] ) . '" crossorigin="anonymous" id="tip-widgets-js"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'tip_widgets_module_tag', 10, 3 );

/**
 * From jsDelivr, the stylesheet carries its integrity and crossorigin="anonymous".
 *
 * @param string $tag    The <link> tag WordPress made.
 * @param string $handle The style's handle.
 * @param string $href   Its address.
 * @param string $media  Its media attribute.
 * @return string
 */
function tip_widgets_style_tag( $tag, $handle, $href, $media ) {
	if ( 'tip-widgets' !== $handle || ! tip_widgets_from_cdn() ) {
		return $tag;
	}
	return '<link rel="stylesheet" id="tip-widgets-css" href="' . esc_url( $href ) . '" media="' . esc_attr( $media ) . '" integrity="' . esc_attr( tip_widgets_integrity()['tip-widgets.css'] ) . '" crossorigin="anonymous" />' . "\n";
}
add_filter( 'style_loader_tag', 'tip_widgets_style_tag', 10, 4 );

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
