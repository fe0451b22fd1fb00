/** Whether `pathname` is `basePath` or below it (`/api/x` is under `/api`, `/apix` is not). */
export function isUnder(pathname: string, basePath: string): boolean {
  return pathname === basePath || pathname.startsWith(`${basePath}/`)
}
