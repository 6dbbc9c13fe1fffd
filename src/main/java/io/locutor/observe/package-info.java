/** What operators see: locutor's Micrometer meters, health checks, secrets kept out of the log, and caller values escaped in it. */
package io.locutor.observe;
