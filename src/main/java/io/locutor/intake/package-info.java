/** The folder and queue doors: files and messages turned into speech requests, results into manifests and replies. */
package io.locutor.intake;
