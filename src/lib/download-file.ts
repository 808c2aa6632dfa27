export type DownloadFile = { fileName: string; mimeType: string; content: string };

/** Saves text as a file through the browser's download, from a blob URL released a little later. */
export function downloadFile({ fileName, mimeType, content }: DownloadFile) {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Not at once: some browsers start reading the blob only after the click has returned.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
