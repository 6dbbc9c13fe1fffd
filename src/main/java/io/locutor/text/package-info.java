/**
 * Speech-ready text: turns text as people write it (numbers, dates, money, phones, references,
 * abbreviations, e-mails) into the words a Spanish or English call-centre agent would say, before it
 * is sent to the speech provider. Entry point: {@link io.locutor.text.TextNormalizer}, configured by
 * {@link io.locutor.text.NormalizerConfig}. Everything else in the package is internal.
 *
 * <p>The request's language is a BCP 47 tag ({@code es}, {@code es-MX}, {@code en-GB}…, any case). What is ambiguous
 * in writing is decided by that locale, from ICU's CLDR data ({@code TextLocale}): the thousands and decimal marks, the
 * currency of a bare {@code $}, day/month order, 12- or 24-hour clock; phone numbers without a country code are checked
 * and grouped by libphonenumber for the locale's country. What is not ambiguous reads the same in every locale.
 * Measured against NeMo's cases, real Spanish sentences (Proteno) and locutor's own call scripts: see
 * {@code src/test/resources/tn/SOURCE.md} and the README.
 */
package io.locutor.text;
