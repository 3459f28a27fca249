<?php
/**
 * Plugin Name:       TIP widgets
 * Plugin URI:        https://www.npmjs.com/package/tip-widgets
 * Description:       Figures from the U.S. State Department's 2025 Trafficking in Persons Report: Serbia, each with the report's own sentence. A "TIP figure" block, [tip_…] shortcodes, and <tip-…> tags that authors and contributors may paste.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            tip-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       tip-widgets
 *
 * @package TipWidgets
 */

// This file only wires the parts together; each concern lives in includes/.
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'TIP_WIDGETS_VERSION', '0.1.0' );
define( 'TIP_WIDGETS_FILE', __FILE__ );
define( 'TIP_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/data.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/src.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/block.php';
