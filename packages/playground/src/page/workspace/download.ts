/** Saving to the user's computer: a download made in the page (a blob: URL), nothing uploaded. */
export function download(name: string, content: BlobPart, type: string): void {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads files the user chose, as bytes. */
export async function readChosenFiles(files: FileList | null): Promise<Array<{ name: string; bytes: Uint8Array }>> {
    return Promise.all([...(files ?? [])].map(async file => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}
