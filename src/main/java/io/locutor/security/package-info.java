/** Who may call locutor: API keys checked in constant time, and a per-key rate limit shared by every instance. */
package io.locutor.security;
