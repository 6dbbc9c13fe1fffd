/**
 * What callers send: the one strict JSON reader every door uses ({@link io.locutor.request.RequestReader}), the
 * request model, output formats, SSML and language rules, and the validation that turns it into a {@code Speech}.
 */
package io.locutor.request;
