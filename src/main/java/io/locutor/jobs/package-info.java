/** Asynchronous synthesis jobs, kept in the shared store so any instance can answer their status. */
package io.locutor.jobs;
