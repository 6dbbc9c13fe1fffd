package io.locutor.request;

import java.util.List;
import java.util.Locale;

/** An ElevenLabs output format ({@code codec_samplerate[_bitrate]}) with the file extension and media type it implies. */
public record OutputFormat(String name, String extension, String contentType) {

    /** Every value the API's {@code output_format} query parameter allows. */
    public static final List<String> ALLOWED = List.of(
            "alaw_8000",
            "mp3_22050_32", "mp3_24000_48", "mp3_44100_128", "mp3_44100_192", "mp3_44100_32", "mp3_44100_64", "mp3_44100_96",
            "opus_48000_128", "opus_48000_192", "opus_48000_32", "opus_48000_64", "opus_48000_96",
            "pcm_16000", "pcm_22050", "pcm_24000", "pcm_32000", "pcm_44100", "pcm_48000", "pcm_8000",
            "ulaw_8000",
            "wav_16000", "wav_22050", "wav_24000", "wav_32000", "wav_44100", "wav_48000", "wav_8000");

    public static final String DEFAULT = "mp3_44100_128";

    /** @throws IllegalArgumentException when the API does not offer that format */
    public static OutputFormat of(String name) {
        String format = name.trim().toLowerCase(Locale.ROOT);
        if (!ALLOWED.contains(format)) {
            throw new IllegalArgumentException(format);
        }
        String codec = format.substring(0, format.indexOf('_'));
        return switch (codec) {
            case "mp3" -> new OutputFormat(format, "mp3", "audio/mpeg");
            case "opus" -> new OutputFormat(format, "opus", "audio/ogg");
            case "wav" -> new OutputFormat(format, "wav", "audio/wav");
            case "ulaw" -> new OutputFormat(format, "ulaw", "audio/basic");
            case "alaw" -> new OutputFormat(format, "alaw", "audio/x-alaw-basic");
            default -> new OutputFormat(format, "pcm", "audio/L16; rate=" + format.substring(4) + "; channels=1");
        };
    }

    /** The output format a stored file name's extension stands for, as far as its media type goes. */
    public static String contentTypeOfExtension(String extension) {
        return switch (extension) {
            case "mp3" -> "audio/mpeg";
            case "opus" -> "audio/ogg";
            case "wav" -> "audio/wav";
            case "ulaw" -> "audio/basic";
            case "alaw" -> "audio/x-alaw-basic";
            default -> "application/octet-stream";
        };
    }
}
