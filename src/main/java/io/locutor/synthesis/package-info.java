/** The speech on its way through the pipeline and the answer built from it. */
package io.locutor.synthesis;
