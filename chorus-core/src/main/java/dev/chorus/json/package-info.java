/** The JSON configuration of everything Chorus prints or serves ({@link dev.chorus.json.JsonConfig}). */
package dev.chorus.json;
