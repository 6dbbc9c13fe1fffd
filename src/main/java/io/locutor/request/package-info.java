/** What callers send: the request model, output formats and the validation that turns it into a {@code Speech}. */
package io.locutor.request;
