package ru.sferumworkflow.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file kept by the application, never changed once written; its SHA-256 proves it is the same file. */
@Entity
@Table(name = "SFW_DOCUMENT")
public class Document {

    public static final String PDF = "application/pdf";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "COLLEGE_ID", length = 64, nullable = false)
    private String collegeId;

    @Column(name = "KIND", length = 32, nullable = false)
    private String kind;

    @Column(name = "FILE_NAME", length = 200, nullable = false)
    private String fileName;

    @Column(name = "CONTENT_TYPE", length = 100, nullable = false)
    private String contentType;

    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    @Column(name = "SHA256", length = 64, nullable = false)
    private String sha256;

    @Column(name = "CREATED_AT", nullable = false)
    private OffsetDateTime createdAt;

    protected Document() {
        // for JPA
    }

    public Document(String collegeId, String kind, String fileName, String contentType, byte[] content,
            OffsetDateTime createdAt) {
        this.id = UUID.randomUUID().toString();
        this.collegeId = collegeId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sha256 = sha256(content);
        this.createdAt = createdAt;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String id() { return id; }
    public String collegeId() { return collegeId; }
    public String kind() { return kind; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public byte[] content() { return content.clone(); }
    public String sha256() { return sha256; }
    public OffsetDateTime createdAt() { return createdAt; }
}
