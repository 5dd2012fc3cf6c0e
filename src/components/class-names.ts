/** Joins class names, skipping empty ones: `cx('ss-card', isActive && 'is-active', className)`. */
export const cx = (...names: Array<string | false | null | undefined>) => names.filter(Boolean).join(' ');
