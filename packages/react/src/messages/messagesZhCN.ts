import { errorMessagesZh } from '@media-uploader/core'
import type { UploaderMessages } from './UploaderMessages.ts'

/**
 * Simplified Chinese strings of the widget.
 *
 * @example
 * ```tsx
 * <MediaUploader provider="presign" locale="zh-CN" messages={{ chooseFiles: '浏览文件' }} />
 * ```
 */
export const messagesZhCN: UploaderMessages = {
  dropzoneLabel: '拖拽图片或视频到此处，或',
  dropzoneActiveLabel: '松开即可添加文件',
  chooseFiles: '选择文件',
  inputLabel: '选择要上传的文件',
  acceptedTypes: '支持格式：{types}',
  maxFileSize: '单个文件不超过 {size}',
  maxFiles: { one: '最多 {count} 个文件', other: '最多 {count} 个文件' },
  fileList: '文件列表',
  status: {
    queued: '等待上传',
    signing: '准备中…',
    uploading: '上传中… {percent}%',
    paused: '已暂停',
    done: '上传成功',
    error: '上传失败',
    rejected: '未添加',
    canceled: '已取消',
  },
  fileProgress: '{file} 已上传 {percent}%',
  cancel: '取消',
  cancelLabel: '取消 {file}',
  retry: '重试',
  retryLabel: '重试 {file}',
  remove: '移除',
  removeLabel: '移除 {file}',
  openResult: '打开',
  openResultLabel: '打开 {file}',
  totalLabel: '总进度',
  totalProgress: '{percent}% · {uploaded} / {total}',
  totalCounts: '已上传 {done} / {count} 个',
  totalFailed: { one: '{count} 个失败', other: '{count} 个失败' },
  startUpload: { one: '上传 {count} 个文件', other: '上传 {count} 个文件' },
  clearFinished: '清除已完成',
  announceFilesAdded: { one: '已添加 {count} 个文件。', other: '已添加 {count} 个文件。' },
  announceUploadStarted: { one: '开始上传 {count} 个文件。', other: '开始上传 {count} 个文件。' },
  announceComplete: { one: '上传完成：{count} 个文件已上传。', other: '上传完成：{count} 个文件已上传。' },
  announceCompleteWithErrors: '上传结束：{successful} 个成功，{failed} 个失败。',
  announceError: '{message}',
  errors: errorMessagesZh,
}
