import { Box, Button, Group, Text } from '@mantine/core';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SignaturePadHandle {
  /** The drawing as a PNG data URL, or null when nothing has been drawn. */
  toDataUrl(): string | null;
  clear(): void;
}

/**
 * A canvas the customer signs on with a finger, pen or mouse (pointer events). The backing store follows the
 * device pixel ratio so strokes stay sharp; `touch-action: none` keeps the page from scrolling while signing.
 */
export const SignaturePad = forwardRef<SignaturePadHandle, { onChange?: (hasInk: boolean) => void; height?: number }>(function SignaturePad({ onChange, height = 200 }, ref) {
  const { t } = useTranslation('field');
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const inked = useRef(false);
  const last = useRef<{ x: number; y: number } | null>(null);

  const context = () => canvas.current?.getContext('2d') ?? null;

  const resize = useCallback(() => {
    const c = canvas.current;
    if (!c) return;
    const ratio = window.devicePixelRatio || 1;
    const { width, height: h } = c.getBoundingClientRect();
    const saved = inked.current ? c.toDataURL('image/png') : null;
    c.width = Math.max(1, Math.round(width * ratio));
    c.height = Math.max(1, Math.round(h * ratio));
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#111';
    ctx.fillStyle = '#111';
    ctx.lineWidth = 2.2;
    if (saved) {
      const img = new Image();
      img.onload = () => ctx.drawImage(img, 0, 0, width, h);
      img.src = saved;
    }
  }, []);

  useEffect(() => {
    resize();
    window.addEventListener('resize', resize);
    return () => window.removeEventListener('resize', resize);
  }, [resize]);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  const setInk = (v: boolean) => {
    if (inked.current === v) return;
    inked.current = v;
    onChange?.(v);
  };

  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const p = point(e);
    last.current = p;
    const ctx = context();
    if (ctx) {
      ctx.beginPath();
      ctx.arc(p.x, p.y, 1.1, 0, Math.PI * 2);
      ctx.fill();
    }
    setInk(true);
  };

  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    e.preventDefault();
    const ctx = context();
    const from = last.current;
    const p = point(e);
    if (ctx && from) {
      ctx.lineWidth = e.pointerType === 'pen' && e.pressure > 0 ? 1.2 + e.pressure * 2.4 : 2.2;
      ctx.beginPath();
      ctx.moveTo(from.x, from.y);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
    }
    last.current = p;
  };

  const up = (e: React.PointerEvent<HTMLCanvasElement>) => {
    drawing.current = false;
    last.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };

  const clear = () => {
    const c = canvas.current;
    const ctx = context();
    if (c && ctx) {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, c.width, c.height);
      ctx.restore();
    }
    setInk(false);
  };

  useImperativeHandle(ref, () => ({ toDataUrl: () => (inked.current && canvas.current ? canvas.current.toDataURL('image/png') : null), clear }));

  return (
    <Box>
      <Text size="sm" fw={500} id="signature-label">
        {t('job.signature')}
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {t('job.signatureHint')}
      </Text>
      <canvas
        ref={canvas}
        data-testid="signature-pad"
        role="img"
        aria-labelledby="signature-label"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        style={{ width: '100%', height, display: 'block', touchAction: 'none', background: 'white', border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8, cursor: 'crosshair' }}
      />
      <Group justify="flex-end" mt={4}>
        <Button variant="default" size="sm" onClick={clear} data-testid="signature-clear">
          {t('job.clear')}
        </Button>
      </Group>
    </Box>
  );
});
