package org.dialectica.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** An upload's own texts (button, drop hint, errors, progress) in the reader's language: every upload of the application words them alike. */
public final class UploadTexts {
    private UploadTexts() {}

    /** @param wrongTypeKey the message for a file of a kind the upload does not take, which names the kinds it does */
    public static UploadI18N of(Component page, String wrongTypeKey) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(page.getTranslation("upload.add.one")).setMany(page.getTranslation("upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(page.getTranslation("upload.drop.one")).setMany(page.getTranslation("upload.drop.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(page.getTranslation("upload.error.tooManyFiles"))
                        .setFileIsTooBig(page.getTranslation("upload.error.fileIsTooBig"))
                        .setIncorrectFileType(page.getTranslation(wrongTypeKey)))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(page.getTranslation("upload.status.connecting"))
                                .setStalled(page.getTranslation("upload.status.stalled")).setProcessing(page.getTranslation("upload.status.processing"))
                                .setHeld(page.getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(page.getTranslation("upload.remaining.prefix"))
                                .setUnknown(page.getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(page.getTranslation("upload.failed.serverUnavailable"))
                                .setUnexpectedServerError(page.getTranslation("upload.failed.unexpectedServerError"))
                                .setForbidden(page.getTranslation("upload.failed.forbidden"))
                                .setFileTooLarge(page.getTranslation("upload.failed.fileTooLarge"))))
                .setFile(new UploadI18N.File().setRetry(page.getTranslation("upload.file.retry")).setStart(page.getTranslation("upload.file.start"))
                        .setRemove(page.getTranslation("upload.file.remove")));
    }
}
