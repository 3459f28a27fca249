<?php
/**
 * Runs when the plugin is deleted (Plugins → Delete): removes the plugin's only option, tip_widgets,
 * on every site of a network. Posts keep their tags, blocks and shortcodes (they are the writers'
 * content); without the plugin WordPress shows their fallback paragraphs.
 *
 * @package TipWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'tip_widgets' );

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $tip_widgets_site ) {
		switch_to_blog( $tip_widgets_site );
		delete_option( 'tip_widgets' );
		restore_current_blog();
	}
}
