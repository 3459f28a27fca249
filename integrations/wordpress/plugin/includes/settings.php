<?php
/**
 * Settings → TIP widgets: where the script comes from, Serbian script, and whether authors may use `src`.
 *
 * @package TipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The defaults: the site serves the files itself, Serbian follows the page (Cyrillic for sr_RS),
 * and authors may not load other datasets.
 *
 * @return array
 */
function tip_widgets_defaults() {
	return array(
		'source'         => 'site',
		'serbian_script' => 'cyrillic',
		'allow_src'      => 0,
	);
}

/**
 * One option value, with its default.
 *
 * @param string $key source, serbian_script or allow_src.
 * @return mixed
 */
function tip_widgets_option( $key ) {
	$options = get_option( 'tip_widgets', array() );
	$options = is_array( $options ) ? array_merge( tip_widgets_defaults(), $options ) : tip_widgets_defaults();
	return $options[ $key ];
}

/**
 * Keeps only known values; anything else returns to its default.
 *
 * @param mixed $input The submitted form.
 * @return array
 */
function tip_widgets_sanitize_options( $input ) {
	$input = is_array( $input ) ? $input : array();
	$out   = tip_widgets_defaults();
	if ( isset( $input['source'] ) && in_array( $input['source'], array( 'site', 'jsdelivr' ), true ) ) {
		$out['source'] = $input['source'];
	}
	if ( isset( $input['serbian_script'] ) && in_array( $input['serbian_script'], array( 'cyrillic', 'latin' ), true ) ) {
		$out['serbian_script'] = $input['serbian_script'];
	}
	$out['allow_src'] = empty( $input['allow_src'] ) ? 0 : 1;
	return $out;
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'tip_widgets',
			'tip_widgets',
			array(
				'type'              => 'object',
				'sanitize_callback' => 'tip_widgets_sanitize_options',
				'default'           => tip_widgets_defaults(),
			)
		);
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page( __( 'TIP widgets', 'tip-widgets' ), __( 'TIP widgets', 'tip-widgets' ), 'manage_options', 'tip-widgets', 'tip_widgets_settings_page' );
	}
);

/**
 * The settings page: three plain choices, each with what it means for readers.
 */
function tip_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$source = tip_widgets_option( 'source' );
	$script = tip_widgets_option( 'serbian_script' );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'TIP widgets', 'tip-widgets' ); ?></h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'tip_widgets' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Widget files', 'tip-widgets' ); ?></th>
					<td><fieldset>
						<label><input type="radio" name="tip_widgets[source]" value="site" <?php checked( $source, 'site' ); ?>> <?php esc_html_e( 'Served by this site (the copy inside the plugin; no third party sees your readers)', 'tip-widgets' ); ?></label><br>
						<label><input type="radio" name="tip_widgets[source]" value="jsdelivr" <?php checked( $source, 'jsdelivr' ); ?>>
						<?php
						/* translators: %s: the plugin's version. */
						printf( esc_html__( 'From the public npm CDN (jsDelivr), version %s', 'tip-widgets' ), esc_html( TIP_WIDGETS_VERSION ) );
						?>
						</label>
						<p class="description"><?php esc_html_e( 'With Subresource Integrity: the browser refuses a file from the CDN whose bytes differ from this plugin\'s copy. The script and the stylesheet carry their hashes; the hashes of the files the script loads later are in an import map, which browsers check from Chromium 127 on (older browsers check the script and the stylesheet only).', 'tip-widgets' ); ?></p>
					</fieldset></td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Serbian script', 'tip-widgets' ); ?></th>
					<td><fieldset>
						<label><input type="radio" name="tip_widgets[serbian_script]" value="cyrillic" <?php checked( $script, 'cyrillic' ); ?>> <?php esc_html_e( 'Cyrillic (what a Serbian site language, sr_RS, means by default)', 'tip-widgets' ); ?></label><br>
						<label><input type="radio" name="tip_widgets[serbian_script]" value="latin" <?php checked( $script, 'latin' ); ?>> <?php esc_html_e( 'Latin: on a Serbian-language site, widgets without their own locale speak Serbian in Latin script', 'tip-widgets' ); ?></label>
					</fieldset></td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Other datasets', 'tip-widgets' ); ?></th>
					<td><label><input type="checkbox" name="tip_widgets[allow_src]" value="1" <?php checked( (bool) tip_widgets_option( 'allow_src' ) ); ?>> <?php esc_html_e( 'Let writers set a widget\'s "src" to an absolute http or https address', 'tip-widgets' ); ?></label>
					<p class="description"><?php esc_html_e( 'Off by default: a widget then always shows the report\'s own figures, bundled with the plugin. With it on, anyone who may write a post can make a widget show figures from a file they choose, under the report\'s name. Relative and other addresses are never kept. The rule is checked when a post is saved and every time a page is shown, for every writer: turning it off removes src from posts saved while it was on.', 'tip-widgets' ); ?></p></td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
