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
  dropzone: '拖拽或粘贴图片、视频到此处，或',
  dropzoneActive: '松开即可添加文件',
  chooseFiles: '选择文件',
  acceptedTypes: '支持格式：{types}',
  maxFileSize: '单个文件不超过 {size}',
  maxFiles: '最多 {count} 个文件',
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
  pause: '暂停',
  resume: '继续',
  cancel: '取消',
  retry: '重试',
  remove: '移除',
  totalLabel: '总进度',
  totalProgress: '{percent}% · {uploaded} / {total}',
  timeLeft: '剩余约 {time}',
  totalCounts: '已上传 {done} / {count} 个',
  totalFailed: '{count} 个失败',
  startUpload: '上传 {count} 个文件',
  pauseAll: '全部暂停',
  resumeAll: '全部继续',
  retryAll: '重试失败项',
  cancelAll: '全部取消',
  clearFinished: '清除已完成',
  showMore: '再显示 {count} 个',
  announceAdded: '已添加 {count} 个文件。',
  announceStarted: '开始上传 {count} 个文件。',
  announceComplete: '上传完成：{count} 个文件已上传。',
  announceCompleteWithErrors: '上传结束：{successful} 个成功，{failed} 个失败。',
  errors: errorMessagesZh,
}
