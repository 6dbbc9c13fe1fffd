/**
 * Speech-ready text: turns text as people write it (numbers, dates, money, phones, references,
 * abbreviations, e-mails) into the words a Spanish or English call-centre agent would say, before it
 * is sent to the speech provider. Entry point: {@link io.locutor.text.TextNormalizer}, configured by
 * {@link io.locutor.text.NormalizerConfig}. Everything else in the package is internal.
 */
package io.locutor.text;
