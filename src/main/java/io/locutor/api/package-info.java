/** What only the HTTP door needs: writing streamed audio into the caller's Vert.x response. */
package io.locutor.api;
