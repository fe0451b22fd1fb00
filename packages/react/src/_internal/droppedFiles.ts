function entryFiles(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) return new Promise((resolve, reject) => (entry as FileSystemFileEntry).file((file) => resolve([file]), reject))
  const reader = (entry as FileSystemDirectoryEntry).createReader()
  const files: Promise<File[]>[] = []
  // readEntries returns a directory in batches (100 in Chrome) until an empty one.
  return new Promise<void>(function read(resolve, reject) {
    reader.readEntries((batch) => {
      files.push(...batch.map(entryFiles))
      if (batch.length) read(resolve, reject)
      else resolve()
    }, reject)
  }).then(() => Promise.all(files).then((lists) => lists.flat()))
}

/**
 * The files of a drop, with dropped folders read recursively (empty folders
 * give nothing). The entries are taken synchronously, while the drop event's
 * DataTransfer is still readable.
 */
export function droppedFiles(data: DataTransfer): Promise<File[]> {
  const items = [...(data.items ?? [])].filter((item) => item.kind === 'file')
  if (!items.length) return Promise.resolve([...data.files])
  return Promise.all(
    items.map((item) => {
      const entry = item.webkitGetAsEntry()
      return entry ? entryFiles(entry) : [item.getAsFile() as File]
    }),
  ).then((lists) => lists.flat())
}
