"""Draws the Field Triage icon (a magnifier over an evidence bag) with Pillow.

Writes field-triage-<size>.png for the Linux desktop and the window, and field-triage.ico for
the Windows build. Run from this folder: python make_icons.py
"""

from PIL import Image, ImageDraw

SIZES = (16, 32, 48, 64, 128, 256)
NAVY, AMBER, WHITE = (22, 52, 96, 255), (240, 170, 30, 255), (255, 255, 255, 255)


def draw(size: int) -> Image.Image:
    scale = 4  # draw large, then shrink for smooth edges
    s = size * scale
    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, s - 1, s - 1), radius=s // 6, fill=NAVY)
    # the evidence bag: a white card with an amber seal strip
    pen.rectangle((s * 0.18, s * 0.16, s * 0.62, s * 0.80), fill=WHITE)
    pen.rectangle((s * 0.18, s * 0.16, s * 0.62, s * 0.27), fill=AMBER)
    # the magnifier: ring and handle
    ring = s * 0.09
    pen.ellipse((s * 0.42, s * 0.40, s * 0.80, s * 0.78), outline=AMBER, width=int(ring))
    pen.line((s * 0.75, s * 0.73, s * 0.90, s * 0.88), fill=AMBER, width=int(ring * 1.3))
    return image.resize((size, size), Image.LANCZOS)


if __name__ == "__main__":
    for size in SIZES:
        draw(size).save(f"field-triage-{size}.png", optimize=True)
    draw(256).save("field-triage.ico", sizes=[(n, n) for n in SIZES])
