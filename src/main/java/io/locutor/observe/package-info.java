/** What operators see: locutor's Micrometer meters, health checks, and secrets kept out of the log. */
package io.locutor.observe;
