<?php
/**
 * The "TIP figure" block: pick a widget and its settings, see the real widget in the editor, and
 * save the tag with its fallback paragraph, exactly as a pasted snippet would be.
 *
 * The block's editor script (assets/block.js) is plain JavaScript against WordPress's wp.* globals,
 * so the plugin needs no build of its own; its controls come from the same generated data as the
 * kses allow-list and the shortcodes.
 *
 * @package TipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action(
	'init',
	function () {
		wp_register_script(
			'tip-widgets-block',
			plugins_url( 'assets/block.js', TIP_WIDGETS_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
			TIP_WIDGETS_VERSION,
			true
		);
		register_block_type(
			'tip-widgets/figure',
			array(
				'api_version'   => 2,
				'editor_script' => 'tip-widgets-block',
				'attributes'    => array(
					'widget'     => array(
						'type'    => 'string',
						'default' => 'tip-stat-card',
					),
					'attributes' => array(
						'type'    => 'object',
						'default' => array(),
					),
					'fallback'   => array(
						'type'    => 'string',
						'default' => '',
					),
				),
			)
		);
	}
);

add_action(
	'enqueue_block_editor_assets',
	function () {
		// The block's controls need the widget data; encoded here, in the editor only, not on every request.
		$data             = tip_widgets_data();
		$data['allowSrc'] = tip_widgets_allow_src();
		wp_add_inline_script( 'tip-widgets-block', 'window.tipWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
		// The editor previews the real widgets: the same module and stylesheet as the front end.
		tip_widgets_enqueue();
	}
);

/**
 * A "TIP figure" block whose `widget` is not one of the widgets (a hand-edited block comment such as
 * {"widget":"constructor"}) renders nothing: its attributes no longer describe a widget, and the
 * editor would show another one. Only the data's own keys count (PHP arrays have no prototype, and
 * the value must be a string).
 *
 * @param string $content The block's saved markup.
 * @param array  $block   The parsed block.
 * @return string
 */
function tip_widgets_render_figure( $content, $block ) {
	if ( ! is_array( $block ) || ! isset( $block['blockName'] ) || 'tip-widgets/figure' !== $block['blockName'] ) {
		return $content;
	}
	$attrs = isset( $block['attrs'] ) && is_array( $block['attrs'] ) ? $block['attrs'] : array();
	if ( ! array_key_exists( 'widget', $attrs ) ) {
		return $content;
	}
	$widget = $attrs['widget'];
	if ( ! is_string( $widget ) || ! array_key_exists( $widget, tip_widgets_data()['widgets'] ) ) {
		return '';
	}
	return $content;
}
add_filter( 'render_block', 'tip_widgets_render_figure', 5, 2 );
