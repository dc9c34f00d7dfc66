package io.newsflow.enrich.decode;

/**
 * Text decoded from page bytes.
 *
 * @param text    the decoded characters
 * @param charset the charset used
 * @param source  why that charset: "bom", "zero-bytes" (UTF-16/32 without a mark), "declared", "meta", "detected",
 *                "utf-8-valid" or "fallback"
 */
public record Decoded(String text, String charset, String source) {}
