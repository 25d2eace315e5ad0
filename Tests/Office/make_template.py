"""Writes a small PowerPoint template for the deck tests: python-pptx's default master and
eleven layouts at 16:9, with a shape on the master ("Template band") so a deck made from
it shows the master, saved as a .pptx and, with the template content type, as a .potx;
and python-pptx's default as it is (4:3), a template the deck must refuse.

    python3 Tests/Office/make_template.py OUT_DIR   # OUT_DIR/template.pptx, .potx, template-4x3.potx
"""
import copy
import os
import sys
import zipfile

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Emu

out = sys.argv[1]
Presentation().save(os.path.join(out, "template-4x3.potx"))
deck = Presentation()
deck.slide_width, deck.slide_height = Emu(12192000), Emu(6858000)
# A band along the foot of the master: drawn on a scratch slide, moved onto the master.
scratch = deck.slides.add_slide(deck.slide_layouts[6])
band = scratch.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, Emu(6858000 - 228600), Emu(12192000), Emu(228600))
band.name = "Template band"
band.fill.solid()
band.fill.fore_color.rgb = RGBColor(0x0B, 0x6E, 0x63)
deck.slide_master.shapes._spTree.append(copy.deepcopy(band._element))
# The scratch slide goes: a template holds no slides of its own here.
slide_ids = deck.slides._sldIdLst
rel = slide_ids[0].rId
deck.part.drop_rel(rel)
slide_ids.remove(slide_ids[0])
pptx = os.path.join(out, "template.pptx")
deck.save(pptx)

# The same package as a template: only the main part's content type differs.
with zipfile.ZipFile(pptx) as source, zipfile.ZipFile(os.path.join(out, "template.potx"), "w", zipfile.ZIP_DEFLATED) as target:
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == "[Content_Types].xml":
            data = data.replace(b"presentationml.presentation.main+xml", b"presentationml.template.main+xml")
        target.writestr(item, data)
