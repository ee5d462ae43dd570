"""Draws the scene wizard's diagrams with Pillow: one line drawing per instruction.

Each is black on transparent; the window tints it with the theme's text colour, so it reads in
the normal and the high-contrast theme alike. Run from this folder: python make_diagrams.py
"""

from PIL import Image, ImageDraw

W, H, SCALE = 240, 160, 4  # drawn four times as large, then shrunk for smooth edges
INK = (0, 0, 0, 255)
LINE = 5 * SCALE


def canvas() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGBA", (W * SCALE, H * SCALE), (0, 0, 0, 0))
    return image, ImageDraw.Draw(image)


def s(*xy: float) -> list[float]:
    return [v * SCALE for v in xy]


def arrow(pen: ImageDraw.ImageDraw, x1: float, y1: float, x2: float, y2: float) -> None:
    pen.line(s(x1, y1, x2, y2), fill=INK, width=LINE)
    dx, dy = (1 if x2 > x1 else -1 if x2 < x1 else 0), (1 if y2 > y1 else -1 if y2 < y1 else 0)
    tip = [(x2 + dx * 6, y2 + dy * 6), (x2 - dx * 8 - dy * 9, y2 - dy * 8 - dx * 9),
           (x2 - dx * 8 + dy * 9, y2 - dy * 8 + dx * 9)]
    pen.polygon([v * SCALE for p in tip for v in p], fill=INK)


def stop() -> Image.Image:
    """A raised hand in an octagon: do not touch."""
    image, pen = canvas()
    cx, cy, r = 120, 80, 70
    k = 0.414 * r
    pts = [(cx - k, cy - r), (cx + k, cy - r), (cx + r, cy - k), (cx + r, cy + k),
           (cx + k, cy + r), (cx - k, cy + r), (cx - r, cy + k), (cx - r, cy - k)]
    pen.polygon([v * SCALE for p in pts for v in p], outline=INK, width=LINE)
    pen.rounded_rectangle(s(100, 70, 140, 118), radius=10 * SCALE, outline=INK, width=LINE)
    for i, top in enumerate((38, 32, 34, 42)):
        x = 102 + i * 10
        pen.rounded_rectangle(s(x, top, x + 8, 78), radius=4 * SCALE, outline=INK, width=3 * SCALE)
    pen.line(s(100, 92, 86, 72), fill=INK, width=LINE)
    return image


def pull_plug() -> Image.Image:
    """A computer with its power cable pulled out at the device end."""
    image, pen = canvas()
    pen.rectangle(s(20, 20, 90, 140), outline=INK, width=LINE)  # tower
    pen.line(s(32, 40, 78, 40), fill=INK, width=3 * SCALE)
    pen.ellipse(s(48, 110, 62, 124), outline=INK, width=3 * SCALE)
    pen.rectangle(s(90, 70, 100, 90), fill=INK)  # socket on the back
    pen.rectangle(s(140, 68, 162, 92), outline=INK, width=LINE)  # the plug, pulled away
    pen.line(s(162, 80, 225, 80), fill=INK, width=LINE)  # cable to the wall
    pen.line(s(225, 60, 225, 100), fill=INK, width=LINE)
    arrow(pen, 126, 120, 168, 120)
    return image


def signal_bag() -> Image.Image:
    """A phone, switched on, inside a signal-blocking bag; no waves get out."""
    image, pen = canvas()
    pen.rounded_rectangle(s(60, 20, 180, 150), radius=8 * SCALE, outline=INK, width=LINE)  # bag
    pen.line(s(60, 40, 180, 40), fill=INK, width=3 * SCALE)  # fold
    pen.rounded_rectangle(s(100, 55, 140, 130), radius=6 * SCALE, outline=INK, width=LINE)
    pen.rectangle(s(106, 64, 134, 114), fill=INK)  # lit screen
    for r in (16, 28):  # waves stopped at the bag wall
        pen.arc(s(180 - r, 85 - r, 180 + r, 85 + r), 300, 60, fill=INK, width=3 * SCALE)
    pen.line(s(196, 60, 228, 110), fill=INK, width=LINE)
    pen.line(s(228, 60, 196, 110), fill=INK, width=LINE)
    return image


def evidence_bag() -> Image.Image:
    """An evidence bag with its seal strip and label."""
    image, pen = canvas()
    pen.rectangle(s(60, 20, 180, 150), outline=INK, width=LINE)
    pen.rectangle(s(60, 20, 180, 42), fill=INK)  # seal strip
    pen.rectangle(s(80, 60, 160, 100), outline=INK, width=3 * SCALE)  # label
    for y in (70, 80, 90):
        pen.line(s(88, y, 150, y), fill=INK, width=2 * SCALE)
    pen.rounded_rectangle(s(95, 110, 145, 140), radius=4 * SCALE, outline=INK, width=3 * SCALE)
    return image


def scene_camera() -> Image.Image:
    """A camera photographing the room before anything is moved."""
    image, pen = canvas()
    pen.rounded_rectangle(s(20, 55, 100, 115), radius=8 * SCALE, outline=INK, width=LINE)
    pen.rectangle(s(40, 45, 64, 55), fill=INK)
    pen.ellipse(s(45, 65, 85, 105), outline=INK, width=LINE)
    pen.line(s(100, 70, 140, 40), fill=INK, width=2 * SCALE)
    pen.line(s(100, 100, 140, 140), fill=INK, width=2 * SCALE)
    pen.rectangle(s(140, 30, 225, 150), outline=INK, width=LINE)  # the scene
    pen.rectangle(s(150, 110, 215, 118), fill=INK)  # desk
    pen.rectangle(s(165, 88, 195, 110), outline=INK, width=3 * SCALE)  # laptop
    return image


def label() -> Image.Image:
    """An exhibit label with its QR code going onto the sealed bag."""
    image, pen = canvas()
    pen.rectangle(s(20, 30, 120, 150), outline=INK, width=LINE)  # bag
    pen.rectangle(s(20, 30, 120, 46), fill=INK)
    pen.rectangle(s(140, 40, 225, 110), outline=INK, width=LINE)  # label
    for x, y in ((150, 50), (162, 50), (150, 62), (174, 62), (162, 74), (150, 86), (174, 86)):
        pen.rectangle(s(x, y, x + 10, y + 10), fill=INK)
    for y in (56, 72, 88):
        pen.line(s(192, y, 218, y), fill=INK, width=2 * SCALE)
    arrow(pen, 160, 125, 110, 125)
    return image


DIAGRAMS = {"stop": stop, "pull-plug": pull_plug, "signal-bag": signal_bag,
            "evidence-bag": evidence_bag, "scene-camera": scene_camera, "label": label}

if __name__ == "__main__":
    for name, draw in DIAGRAMS.items():
        draw().resize((W, H), Image.LANCZOS).save(f"{name}.png", optimize=True)
