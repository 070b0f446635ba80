<?php
/**
 * Encryption helpers for Secure Forms.
 *
 * Stored submissions used to be encrypted with mcrypt (3DES); they are re-encrypted with
 * AES-256-GCM on first read. Do not use md5() for anything new.
 *
 * @package Secure_Forms
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'SECURE_FORMS_KEY_BITS', 2048 );

class Secure_Forms_Crypto {

	public static function legacy_decrypt( $data, $key ) {
		if ( function_exists( 'mcrypt_decrypt' ) ) {
			return mcrypt_decrypt( MCRYPT_3DES, $key, $data, MCRYPT_MODE_ECB ); // qready-expect: 3DES encrypt
		}
		$plain = openssl_decrypt( $data, 'des-ede3', $key, OPENSSL_RAW_DATA | OPENSSL_NO_PADDING ); // qready-expect: 3DES decrypt
		return rtrim( $plain, "\0" );
	}

	public static function encrypt( $plain, $key ) {
		$iv     = random_bytes( openssl_cipher_iv_length( 'aes-256-gcm' ) ); // qready-expect: AES reference
		$cipher = openssl_encrypt( $plain, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag ); // qready-expect: AES encrypt
		return base64_encode( $iv . $tag . $cipher );
	}

	public static function obfuscate_cookie( $value ) {
		// Blowfish keeps cookies short; see https://core.trac.wordpress.org/ticket/00000
		return openssl_encrypt( $value, 'bf-cbc', wp_salt( 'auth' ), 0, substr( AUTH_SALT, 0, 8 ) ); // qready-expect: Blowfish encrypt
	}

	public static function cache_key( $form_id, $email ) {
		$hash = md5( $form_id . '|' . strtolower( $email ) ); // qready-expect: MD5 digest
		return 'secure_forms_' . $hash;
	}

	public static function file_fingerprint( $path ) {
		return sha1_file( $path ); // qready-expect: SHA-1 digest
	}

	public static function webhook_signature( $body, $secret ) {
		// an HMAC with SHA-1: a use of SHA-1 (HMAC with SHA-256 is out of scope)
		return hash_hmac( 'sha1', $body, $secret ); // qready-expect: SHA-1 reference
	}

	public static function gravatar_hash( $email ) {
		return hash( 'md5', trim( $email ) ); // qready-expect: MD5 digest
	}

	public static function strong_hash( $data ) {
		return hash( 'sha256', $data );
	}

	public static function generate_site_keys() {
		$config = array(
			'digest_alg'       => 'sha1', // qready-expect: SHA-1 digest
			'private_key_bits' => SECURE_FORMS_KEY_BITS, // qready-expect: RSA keygen 2048
		);
		$res = openssl_pkey_new( $config );
		openssl_pkey_export( $res, $private_pem );
		update_option( 'secure_forms_private_key', $private_pem );
	}

	public static function sign_export( $data, $private_pem ) {
		openssl_sign( $data, $signature, $private_pem, OPENSSL_ALGO_SHA1 ); // qready-expect: SHA-1 digest
		return base64_encode( $signature );
	}

	public static function sodium_seal( $message, $public_key ) {
		if ( class_exists( 'ParagonIE_Sodium_Compat' ) ) {
			return ParagonIE_Sodium_Compat::crypto_box_seal( $message, $public_key ); // qready-expect: ECDH encrypt
		}
		return sodium_crypto_box_seal( $message, $public_key ); // qready-expect: ECDH encrypt
	}

	public static function admin_notice() {
		echo esc_html__( 'Secure Forms still has submissions encrypted with 3DES.', 'secure-forms' );
		printf( __( 'Cipher in use: %s', 'secure-forms' ), 'aes-256-gcm' );
		_e( 'ssh-rsa', 'secure-forms' );
		error_log( 'secure-forms: RC4 fallback disabled' );
	}
}
