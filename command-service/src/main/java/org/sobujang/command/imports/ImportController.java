package org.sobujang.command.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.NotFound;
import org.sobujang.command.web.IdResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Takes the file in the request, answers 202 at once and imports it on an import thread. The Content-Type header is
 * read here rather than through {@code consumes}: Spring would turn an unknown charset into a 415, and an unknown
 * charset is a bad request.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

    private static final List<MediaType> CSV_TYPES = List.of(MediaType.parseMediaType("text/csv"),
                                                             MediaType.TEXT_PLAIN,
                                                             MediaType.parseMediaType("application/csv"));

    private final ImportService imports;
    private final long maxBytes;

    ImportController(ImportService imports, @Value("${sobujang.imports.max-size:20MB}") DataSize maxSize) {
        this.imports = imports;
        this.maxBytes = maxSize.toBytes();
    }

    @PostMapping
    ResponseEntity<IdResponse> start(@RequestParam(required = false) String kind, HttpServletRequest request)
            throws IOException, HttpMediaTypeNotSupportedException {
        Importer importer = imports.importerFor(kind);
        Charset charset = csvCharset(request.getHeader(HttpHeaders.CONTENT_TYPE));
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        byte[] file = readAtMost(request.getInputStream());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new IdResponse(imports.start(importer, file, charset)));
    }

    @GetMapping("/{importId}")
    ImportReport report(@PathVariable String importId) {
        return imports.find(importId).orElseThrow(() -> new NotFound("Import " + importId + " does not exist"));
    }

    /** UTF-8 unless the charset parameter names another; a missing Content-Type is taken as CSV. */
    private static Charset csvCharset(String contentType) throws HttpMediaTypeNotSupportedException {
        if (contentType == null || contentType.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        String[] parts = contentType.split(";");
        MediaType type;
        try {
            type = MediaType.parseMediaType(parts[0].strip());
        } catch (IllegalArgumentException e) {
            throw new HttpMediaTypeNotSupportedException(contentType, CSV_TYPES);
        }
        if (CSV_TYPES.stream().noneMatch(csv -> csv.equalsTypeAndSubtype(type))) {
            throw new HttpMediaTypeNotSupportedException(type, CSV_TYPES);
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
                String name = parameter[1].strip().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new InvalidInput("charset", "'" + name + "' is not a character set this service knows");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Content-Length may be absent (chunked uploads), so the limit is also enforced while reading. */
    private byte[] readAtMost(InputStream body) throws IOException {
        byte[] file = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (file.length > maxBytes) {
            throw tooLarge();
        }
        return file;
    }

    private ErrorResponseException tooLarge() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                                                                 "An import file may have at most " + maxBytes + " bytes");
        problem.setTitle("File too large");
        return new ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE, problem, null);
    }
}
