import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../../src/components/video/safe-url';

describe('safeUrl', () => {
  it('keeps http and https URLs, absolute or relative', () => {
    expect(safeUrl('https://cdn.sixtyseconds.video/videos/vid_1.mp4')).toBe(
      'https://cdn.sixtyseconds.video/videos/vid_1.mp4',
    );
    expect(safeUrl('http://example.com/a.jpg')).toBe('http://example.com/a.jpg');
    expect(safeUrl('  /media/a.mp4 ')).toBe('/media/a.mp4');
    expect(safeUrl('//cdn.example.com/a.mp4')).toBe('//cdn.example.com/a.mp4');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'blob:https://example.com/uuid',
    'file:///etc/passwd',
    'http://[::1',
  ])('rejects %j', (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });

  it('turns missing values into undefined', () => {
    expect(safeUrl(null)).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
    expect(safeUrl('   ')).toBeUndefined();
  });
});
