/** How failures reach callers: one exception type with status and code, one JSON shape, one mapper. */
package io.locutor.problem;
