"""The workbook window's helpers: each uses the window through `surface.WindowSurface`."""
