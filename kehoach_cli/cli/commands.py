"""The commands: the module that registers each, and its summary, in the order help lists them."""

MODULES = ("admin", "exports", "monitor", "read", "record", "team")
# Every command, in the order the help lists them: the module that registers it
# and its summary, the first paragraph of its help. The top-level help lists
# the summaries from here, and ``base.command`` starts each command's own help
# with the same text (its docstring says the rest). A test keeps this in step.
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("admin", "Kiểm tra tệp kế hoạch và báo mọi lỗi cùng lúc (tệp, dòng, cách sửa)."),
    "init": ("admin", "Tạo data/tasks.toml từ kế hoạch mẫu 2021 để bắt đầu ghi tiến độ."),
    "import": (
        "admin",
        "Lập tệp kế hoạch mới từ văn bản (.txt, .docx) hoặc bảng Excel (.xlsx) giao nhiệm vụ.",
    ),
    "reports": ("monitor", "Bảng nộp báo cáo định kỳ: mỗi đơn vị một dòng, mỗi kỳ một cột."),
    "overdue": ("monitor", "Mọi việc đã quá hạn tính đến hôm nay, quá hạn lâu nhất lên đầu."),
    "check": (
        "monitor",
        "Kiểm tra cho cron: việc quá hạn và việc sắp đến hạn, nhóm theo đơn vị.",
    ),
    "summary": (
        "exports",
        "Bảng tổng hợp theo đơn vị: kết quả thực hiện nhiệm vụ và nộp báo cáo.",
    ),
    "export": (
        "exports",
        "Xuất dữ liệu: lịch .ics cho Outlook, Thunderbird, Google Calendar; "
        "bảng CSV, JSON, Markdown.",
    ),
    "agencies": (
        "read",
        "Liệt kê các cơ quan, đơn vị: mã, tên gọi tắt, tên đầy đủ, loại, số nhiệm vụ "
        "chủ trì và phối hợp (kể cả qua nhóm như @all).",
    ),
    "list": ("read", "Liệt kê nhiệm vụ: mã, nội dung, đơn vị chủ trì, hạn, trạng thái."),
    "show": (
        "read",
        "Mọi thông tin về một nhiệm vụ: mục, nội dung đầy đủ, đơn vị chủ trì và phối hợp, "
        "hạn (và hạn thực tế khi hạn rơi vào ngày nghỉ), văn bản viện dẫn, ghi chú, trạng thái "
        "và tiến độ của từng đơn vị chủ trì, lịch sử cập nhật.",
    ),
    "deadlines": (
        "read",
        "Các hạn theo thứ tự ngày: hạn nhiệm vụ và hạn báo cáo định kỳ (tháng, năm).",
    ),
    "record": ("record", "Ghi trạng thái thực hiện một nhiệm vụ của một đơn vị chủ trì."),
    "submit": ("record", "Ghi việc một đơn vị đã gửi báo cáo định kỳ cho một kỳ."),
    "history": ("record", "Các lần ghi tiến độ và nộp báo cáo, mới nhất trước."),
    "add": ("record", "Thêm một nhiệm vụ phát sinh trong năm vào tệp kế hoạch."),
    "merge-driver": (
        "team",
        "Trình gộp (merge driver) tệp kế hoạch cho git; git tự gọi, không cần chạy tay.",
    ),
    "git-setup": (
        "team",
        "Cho git dùng trình gộp của kehoach với tệp kế hoạch (chạy một lần ở mỗi bản sao).",
    ),
    "sync": ("team", "Đồng bộ tệp kế hoạch với máy chủ git: lấy về, gộp, kiểm tra, đẩy lên."),
}


def summary(name: str) -> str:
    """The first paragraph of a command's help."""
    return COMMANDS[name][1]
