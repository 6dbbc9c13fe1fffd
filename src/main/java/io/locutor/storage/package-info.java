/** Audio objects: the store (folder or S3) and serving stored files by name. */
package io.locutor.storage;
