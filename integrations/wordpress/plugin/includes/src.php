<?php
/**
 * The `src` rule: a widget's `src` is kept only when the site allows other datasets (Settings →
 * TIP widgets → "Other datasets") and the value, trimmed, is an absolute http(s) address. Anything
 * else (a relative path, which would make every reader's browser send a same-origin request with
 * their cookies to a path the writer chose; a scheme-relative address; ftp:, data:, javascript:)
 * is removed, and the widget shows the report bundled with the plugin.
 *
 * The rule is applied when a post is saved (after kses, for every user) and again every time
 * content is rendered (the_content, the_excerpt, blocks, block and text widgets), so turning the
 * setting off takes effect for posts saved while it was on.
 *
 * WordPress 6.1 has no WP_HTML_Tag_Processor (added in 6.2), so the markup is read by the small
 * tokenizer below: one pass, strpos/strspn/strcspn only, no backtracking regex, so its time is
 * linear in the length of the content. It follows the HTML tokenizer's rules for comments, tags,
 * attribute quoting and raw-text elements (script, style, textarea, …), so it sees the attributes
 * a browser will see. It only ever removes `src` attributes from tip-* start tags.
 *
 * @package TipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The value as an absolute http(s) address, trimmed, or null when it is anything else.
 *
 * Refused: empty; relative ("data.json", "/wp-admin/…"); scheme-relative ("//host/…"); any other
 * scheme; a value with a control character, space or backslash inside (browsers drop or reinterpret
 * those, so what is checked here would not be what they fetch); no host.
 *
 * @param mixed $value An attribute value, entities already decoded.
 * @return string|null
 */
function tip_widgets_absolute_http( $value ) {
	if ( ! is_string( $value ) ) {
		return null;
	}
	$value = trim( $value, "\x00..\x20" );
	if ( '' === $value || strlen( $value ) > 2048 || preg_match( '/[\x00-\x20\x7f\\\\]/', $value ) ) {
		return null;
	}
	if ( ! preg_match( '#^https?://[^/?\#@:]#i', $value ) ) {
		return null;
	}
	$parts = wp_parse_url( $value );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || empty( $parts['scheme'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return null;
	}
	return $value;
}

/**
 * Whether a writer's `src` may stay: the site option is on and the value is an absolute http(s) address.
 *
 * @param mixed $value The value, entities decoded.
 * @return bool
 */
function tip_widgets_src_allowed( $value ) {
	return tip_widgets_allow_src() && null !== tip_widgets_absolute_http( $value );
}

/**
 * Reads the start or end tag whose "<" is at $lt: its name, its attributes and where it ends.
 *
 * Returns null when the content ends inside the tag (the browser then drops the tag, and there is
 * nothing after it).
 *
 * @param string $html The content.
 * @param int    $lt   Offset of "<" (followed by a letter, or by "/" and a letter).
 * @return array|null { name, end, attributes: list of { name, start, end, value } }
 */
function tip_widgets_read_tag( $html, $lt ) {
	$length = strlen( $html );
	$start  = '/' === $html[ $lt + 1 ] ? $lt + 2 : $lt + 1;
	$p      = $start + strcspn( $html, " \t\n\f\r/>", $start );
	if ( $p >= $length ) {
		return null;
	}
	$name       = strtolower( substr( $html, $start, $p - $start ) );
	$attributes = array();
	for ( ;; ) {
		// Before an attribute name: spaces, and a "/" not followed by ">", are skipped.
		$p += strspn( $html, " \t\n\f\r/", $p );
		if ( $p >= $length ) {
			return null;
		}
		if ( '>' === $html[ $p ] ) {
			return array(
				'name'       => $name,
				'end'        => $p + 1,
				'attributes' => $attributes,
			);
		}
		// An attribute name: its first character may be "=".
		$name_start = $p;
		$p         += 1 + strcspn( $html, " \t\n\f\r/>=", $p + 1 );
		$attribute  = array(
			'name'  => strtolower( substr( $html, $name_start, $p - $name_start ) ),
			'start' => $name_start,
			'end'   => $p,
			'value' => '',
		);
		$q          = $p + strspn( $html, " \t\n\f\r", $p );
		if ( $q < $length && '=' === $html[ $q ] ) {
			$q += 1 + strspn( $html, " \t\n\f\r", $q + 1 );
			if ( $q >= $length ) {
				return null;
			}
			$quote = $html[ $q ];
			if ( '"' === $quote || "'" === $quote ) {
				$close = strpos( $html, $quote, $q + 1 );
				if ( false === $close ) {
					return null;
				}
				$attribute['value'] = substr( $html, $q + 1, $close - $q - 1 );
				$p                  = $close + 1;
			} elseif ( '>' === $quote ) {
				// A missing value: empty, and the tag ends here.
				$p = $q;
			} else {
				$n                  = strcspn( $html, " \t\n\f\r>", $q );
				$attribute['value'] = substr( $html, $q, $n );
				$p                  = $q + $n;
			}
			$attribute['end'] = $p;
		} else {
			$p = $q;
		}
		$attributes[] = $attribute;
	}
}

/**
 * Removes every `src` that may not stay from the tip-* tags in a piece of HTML.
 *
 * Linear in the length of $html: every step moves forward, and each search starts where the last ended.
 *
 * @param mixed $html Content (rendered, or about to be stored).
 * @return mixed The content, unchanged when there is nothing to remove.
 */
function tip_widgets_filter_src( $html ) {
	if ( ! is_string( $html ) || false === stripos( $html, '<tip-' ) ) {
		return $html;
	}
	// Elements whose content is text up to their end tag, not markup.
	static $raw_text = array( 'script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript' );
	$length          = strlen( $html );
	$out             = '';
	$copied          = 0;
	$at              = 0;
	while ( $at < $length ) {
		$lt = strpos( $html, '<', $at );
		if ( false === $lt || $lt + 1 >= $length ) {
			break;
		}
		$next = $html[ $lt + 1 ];
		if ( '!' === $next && '--' === substr( $html, $lt + 2, 2 ) ) {
			// A comment ends at the first "-->" or "--!>" (also the abrupt "<!-->" and "<!--->").
			if ( ! preg_match( '/--!?>/', $html, $match, PREG_OFFSET_CAPTURE, $lt + 2 ) ) {
				break;
			}
			$at = $match[0][1] + strlen( $match[0][0] );
			continue;
		}
		$is_letter = ctype_alpha( $next );
		$is_end    = '/' === $next && $lt + 2 < $length && ctype_alpha( $html[ $lt + 2 ] );
		if ( '!' === $next || '?' === $next || ( '/' === $next && ! $is_end ) ) {
			// A doctype, a bogus comment, "</>": up to the next ">".
			$gt = strpos( $html, '>', $lt + 2 );
			if ( false === $gt ) {
				break;
			}
			$at = $gt + 1;
			continue;
		}
		if ( ! $is_letter && ! $is_end ) {
			$at = $lt + 1;
			continue;
		}
		$tag = tip_widgets_read_tag( $html, $lt );
		if ( null === $tag ) {
			break;
		}
		$at = $tag['end'];
		if ( $is_end ) {
			continue;
		}
		if ( 'plaintext' === $tag['name'] ) {
			break;
		}
		if ( in_array( $tag['name'], $raw_text, true ) ) {
			// Skip to "</name" followed by a space, "/" or ">"; without one, the rest is text.
			$close = '</' . $tag['name'];
			for ( ;; ) {
				$found = stripos( $html, $close, $at );
				if ( false === $found ) {
					break 2;
				}
				$after = $found + strlen( $close );
				$at    = $after;
				if ( $after < $length && false !== strpos( " \t\n\f\r/>", $html[ $after ] ) ) {
					$at = $found;
					break;
				}
			}
			continue;
		}
		if ( 0 !== strncmp( $tag['name'], 'tip-', 4 ) ) {
			continue;
		}
		$seen = false;
		foreach ( $tag['attributes'] as $attribute ) {
			if ( 'src' !== $attribute['name'] ) {
				continue;
			}
			// The browser keeps the first of two attributes with one name; a later one is removed too.
			if ( ! $seen && tip_widgets_src_allowed( html_entity_decode( $attribute['value'], ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) ) {
				$seen = true;
				continue;
			}
			$seen    = true;
			$out    .= substr( $html, $copied, $attribute['start'] - $copied );
			$copied  = $attribute['end'];
		}
	}
	if ( 0 === $copied ) {
		return $html;
	}
	return $out . substr( $html, $copied );
}

/**
 * The rule on save, for every user (kses, which runs only for users without unfiltered_html, lets
 * any scheme it knows through, and relative addresses): post content, excerpt and filtered content.
 *
 * @param array $data Slashed post fields about to be stored.
 * @return array
 */
function tip_widgets_filter_src_on_save( $data ) {
	if ( ! is_array( $data ) || ( isset( $data['post_type'] ) && 'wp_global_styles' === $data['post_type'] ) ) {
		return $data;
	}
	foreach ( array( 'post_content', 'post_excerpt', 'post_content_filtered' ) as $field ) {
		if ( ! isset( $data[ $field ] ) || ! is_string( $data[ $field ] ) ) {
			continue;
		}
		$raw   = wp_unslash( $data[ $field ] );
		$clean = tip_widgets_filter_src( $raw );
		if ( $clean !== $raw ) {
			$data[ $field ] = wp_slash( $clean );
		}
	}
	return $data;
}
add_filter( 'wp_insert_post_data', 'tip_widgets_filter_src_on_save', 20 );

// On render: after blocks (9) and shortcodes (11), before the Serbian-script filter (99). Each
// block's output too, for blocks outside post content (templates, template parts).
add_filter( 'the_content', 'tip_widgets_filter_src', 98 );
add_filter( 'the_excerpt', 'tip_widgets_filter_src', 98 );
add_filter( 'widget_block_content', 'tip_widgets_filter_src', 98 );
add_filter( 'widget_text_content', 'tip_widgets_filter_src', 98 );
add_filter( 'render_block', 'tip_widgets_filter_src', 10 );
