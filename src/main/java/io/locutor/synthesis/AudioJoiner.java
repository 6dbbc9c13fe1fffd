package io.locutor.synthesis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Joins the parts of a long text into one playable file, in order: MP3 frames, raw PCM and μ-law/a-law simply
 * concatenate; WAV keeps the first part's header, drops the others', and gets its sizes rewritten at the end.
 */
public class AudioJoiner implements AggregationStrategy {

    private static final int WAV_HEADER = 44;

    @Override
    public Exchange aggregate(Exchange whole, Exchange part) {
        if (whole == null) {
            return part;
        }
        GeneratedAudio sofar = whole.getIn().getBody(GeneratedAudio.class);
        GeneratedAudio next = part.getIn().getBody(GeneratedAudio.class);
        boolean wav = isWav(sofar.file());
        try (OutputStream out = Files.newOutputStream(sofar.file(), StandardOpenOption.APPEND)) {
            byte[] bytes = Files.readAllBytes(next.file());
            int skip = wav && bytes.length > WAV_HEADER ? WAV_HEADER : 0;
            out.write(bytes, skip, bytes.length - skip);
            Files.deleteIfExists(next.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        whole.getIn().setBody(new GeneratedAudio(sofar.file(), next.requestId(), sofar.characters() + next.characters()));
        return whole;
    }

    @Override
    public void onCompletion(Exchange whole) {
        GeneratedAudio audio = whole.getIn().getBody(GeneratedAudio.class);
        if (audio != null && isWav(audio.file())) {
            try (RandomAccessFile wav = new RandomAccessFile(audio.file().toFile(), "rw")) {
                long size = wav.length();
                wav.seek(4);
                wav.writeInt(Integer.reverseBytes((int) (size - 8)));
                wav.seek(40);
                wav.writeInt(Integer.reverseBytes((int) (size - WAV_HEADER)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean isWav(Path file) {
        return file.getFileName().toString().endsWith(".wav");
    }
}
