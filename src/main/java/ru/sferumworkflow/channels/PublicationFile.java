package ru.sferumworkflow.channels;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a publication (a poster, a document), kept as sent. */
@Entity
@Table(name = "SFW_PUBLICATION_FILE")
public class PublicationFile {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "PUBLICATION_ID", length = 36, nullable = false)
    private String publicationId;

    @Column(name = "FILE_NAME", length = 200, nullable = false)
    private String fileName;

    @Column(name = "CONTENT_TYPE", length = 100, nullable = false)
    private String contentType;

    @Column(name = "FILE_SIZE", nullable = false)
    private long size;

    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected PublicationFile() {
        // for JPA
    }

    public PublicationFile(String publicationId, String fileName, String contentType, byte[] content) {
        this.id = UUID.randomUUID().toString();
        this.publicationId = publicationId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content.clone();
    }

    public String id() { return id; }
    public String publicationId() { return publicationId; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long size() { return size; }
    public byte[] content() { return content.clone(); }
}
