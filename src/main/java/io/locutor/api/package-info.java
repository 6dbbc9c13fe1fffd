/** What only the HTTP door needs: writing streamed audio into the caller's Vert.x response, and the server's own errors in locutor's shape. */
package io.locutor.api;
