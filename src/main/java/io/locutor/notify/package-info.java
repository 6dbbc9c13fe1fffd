/** Fan-out of results: where each result goes, signed webhooks, the SSRF guard, and failed deliveries kept for replay. */
package io.locutor.notify;
