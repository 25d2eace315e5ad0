// The Site target: content tree, front matter, navigation, templates, output.
